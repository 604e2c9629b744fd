# (bench) sources, tests and data of this area
