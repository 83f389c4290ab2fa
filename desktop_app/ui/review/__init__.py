"""Review of placements: article text updates and orphaned annotations."""
