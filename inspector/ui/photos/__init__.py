"""Photo evidence in the app: import with progress, viewer, mark-up, bulk attach, camera.

Modules are imported where used (``from inspector.ui.photos.viewer import PhotoViewer``) so
the workspace loads only what it shows.
"""
