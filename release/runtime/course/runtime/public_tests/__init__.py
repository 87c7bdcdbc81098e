"""Public test files, one folder per step."""
