"""Reading panes: an article typeset with its highlights and margin, and the panes side by side."""
