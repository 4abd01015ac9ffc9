# Empty dependencies file for fuzz_model_file.
# This may be replaced when dependencies are built.
