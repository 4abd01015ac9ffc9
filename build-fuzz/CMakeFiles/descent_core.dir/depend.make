# Empty dependencies file for descent_core.
# This may be replaced when dependencies are built.
