"""Turning files into articles, one module per input format (no Qt)."""
