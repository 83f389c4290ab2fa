"""Help that teaches: the keyboard shortcuts window, the Getting Started guide, the file format."""
