"""Step 4's data sets (see README.md)."""
