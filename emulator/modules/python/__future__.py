# __future__ for ota-emu, written for the emulator: the names micropython-lib's __future__
# (bundled with MicroPython 1.27) defines, each simply True.
nested_scopes = True
generators = True
division = True
absolute_import = True
with_statement = True
print_function = True
unicode_literals = True
annotations = True
