"""The threads that run use cases off the UI thread, and the sync controller."""
