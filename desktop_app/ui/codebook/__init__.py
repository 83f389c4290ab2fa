"""The codebook editor: the code tree, one code's form, shortcut keys, QDC/CSV files."""
