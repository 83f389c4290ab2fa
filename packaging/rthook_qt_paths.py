"""Run-time hook of the bundle: point Qt at its bundled plug-ins without importing Qt.

It replaces PyInstaller's PySide6 run-time hook, which imports PySide6 (about 150 ms here)
before every command, even the headless ones that never touch Qt. The rest of what that
hook does is not needed: PySide6's wheels embed their own relocatable qt.conf, and the
bundle has no QML and no QtNetwork.
"""

import os
import sys

_bundle = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
_qt = os.path.join(_bundle, "PySide6", *([] if sys.platform == "win32" else ["Qt"]))
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform == "win32":  # Qt's plug-ins find the DLLs collected beside the executable
    os.environ["PATH"] = _bundle + os.pathsep + os.environ.get("PATH", "")
