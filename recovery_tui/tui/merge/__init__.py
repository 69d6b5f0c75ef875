"""The dashboard's screen for conflict copies of the data file (file sync) and merging them."""
