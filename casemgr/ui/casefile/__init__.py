"""The case file and the workflows started from it."""
