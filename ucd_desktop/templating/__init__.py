"""Templates: sandboxed Jinja, Vietnamese filters, template files and their library."""
