import helper
print(helper.WHERE, helper.__file__, helper.greet("device"))
import rootpkg
print(rootpkg.value(), rootpkg.__name__)
from rootpkg.mod import value
print(value())
