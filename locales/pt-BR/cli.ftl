# The command line's words for people (not --json, not CSV), and doctor.
