"""Compare in the window: connectors between two panes, alignment scrolling, links, absences."""
