# Imports a module that does not exist.
import definitely_missing_module_xyz
