"""Wrong implementations (being written)."""
MUTANTS = []
