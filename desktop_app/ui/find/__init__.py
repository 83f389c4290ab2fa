"""Find in one pane and across articles."""
