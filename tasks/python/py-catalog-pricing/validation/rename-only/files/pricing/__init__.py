"""Quotes and price lists built on the catalogue."""
