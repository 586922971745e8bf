"""The concurrent package: concurrent.futures, on weft's virtual threads."""
