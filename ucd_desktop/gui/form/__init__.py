"""The form: the notice's fields top to bottom, the problems panel."""
