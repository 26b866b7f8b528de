"""Use cases of an unlocked workspace, callable without Qt."""
