"""Files on disk: drafts, atomic writes, user folders, settings and presets."""
