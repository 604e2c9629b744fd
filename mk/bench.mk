# (bench) sources, tests and data of this area
include mk/guide.mk
