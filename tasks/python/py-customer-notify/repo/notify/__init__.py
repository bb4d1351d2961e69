"""Outgoing customer notifications: channels, templates and the dispatcher."""
