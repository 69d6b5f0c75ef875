"""Application services: the operations both the CLI and the dashboard call (store + core)."""
