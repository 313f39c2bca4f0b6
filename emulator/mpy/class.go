package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Instance is an instance of a class defined in Python (other than an exception class, whose
// instances are gpython's *py.Exception so that gpython's raise and except machinery accept
// them). gpython v0.2.0 represents instances as types; we do not.
type Instance struct {
	cls  *py.Type
	dict py.StringDict
	// base holds the built-in value of a class that derives from a built-in container
	// (class Headers(dict)): its methods and protocols act on it.
	base py.Object
}

// Type returns the instance's class.
func (o *Instance) Type() *py.Type { return o.cls }

// GetDict returns the instance attributes.
func (o *Instance) GetDict() py.StringDict { return o.dict }

// isUserClass reports whether t was made by our __build_class__.
func isUserClass(t *py.Type) bool { return t.Flags&py.TPFLAGS_HEAPTYPE != 0 }

// builtinBase returns the first built-in type (other than object) in a class's MRO.
func builtinBase(t *py.Type) *py.Type {
	for _, b := range t.Mro {
		bt := b.(*py.Type)
		if !isUserClass(bt) && bt != py.ObjectType {
			return bt
		}
	}
	return nil
}

// buildClass is builtins.__build_class__(func, name, *bases, **kw).
func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	bases := args[2:]
	ns := py.NewStringDict()
	if _, err := fn.Context.RunCode(fn.Code, fn.Globals, ns, fn.Closure); err != nil {
		return nil, err
	}
	t, err := newClass(string(name), bases, ns)
	if err != nil {
		return nil, err
	}
	registerClass(t, interpOf(fn.Context))
	return t, nil
}

// newClass makes a class object.
func newClass(name string, bases py.Tuple, ns py.StringDict) (*py.Type, error) {
	var base *py.Type
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't inherit from '%s'", typeName(b))
		}
		if base == nil {
			base = bt
		}
	}
	if base == nil {
		base = py.ObjectType
		bases = py.Tuple{py.ObjectType}
	}
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Base:       base,
		Bases:      bases,
		Dict:       ns,
		Flags:      py.TPFLAGS_HEAPTYPE | py.TPFLAGS_BASETYPE,
	}
	delete(ns, "__qualname__")
	if doc, ok := ns["__doc__"].(py.String); ok {
		t.Doc = string(doc)
	}
	if base.IsSubtype(py.BaseException) {
		t.New = newExceptionInstance
		t.Init = initUserException
	} else {
		t.New = newInstance
		t.Init = initInstance
	}
	if err := t.Ready(); err != nil {
		return nil, err
	}
	t.Mro = dfsOrder(t)
	return t, nil
}

// dfsOrder is MicroPython's attribute lookup order (mp_obj_class_lookup): the class, then each
// base depth-first, left to right; object last. It is not CPython's C3 order: for a diamond
// D(B, C) with B(A) and C(A), A comes before C.
func dfsOrder(t *py.Type) py.Tuple {
	var out py.Tuple
	seen := map[*py.Type]bool{}
	var walk func(c *py.Type)
	walk = func(c *py.Type) {
		if c == py.ObjectType {
			return
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
		if !isUserClass(c) {
			// a built-in base contributes its own (gpython) order
			for _, b := range c.Mro {
				bt := b.(*py.Type)
				if bt != py.ObjectType && !seen[bt] {
					seen[bt] = true
					out = append(out, bt)
				}
			}
			return
		}
		for _, b := range c.Bases {
			walk(b.(*py.Type))
		}
	}
	walk(t)
	return append(out, py.ObjectType)
}

// newInstance is the constructor of every Python-defined class.
func newInstance(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if nf := lookupUser(t, "__new__"); nf != nil {
		fn := nf
		if sm, ok := nf.(*StaticMethod); ok {
			fn = sm.fn
		}
		r, err := py.Call(fn, append(py.Tuple{t}, args...), kwargs)
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	o := &Instance{cls: t, dict: py.NewStringDict()}
	if bb := builtinBase(t); bb != nil && bb.New != nil {
		// the built-in part starts empty; __init__ fills it (dict.__init__ via super)
		if _, hasInit := t.Lookup("__init__").(*py.Function); hasInit {
			v, err := bb.New(bb, nil, nil)
			if err != nil {
				return nil, err
			}
			o.base = v
		} else {
			v, err := py.Call(bb, args, kwargs)
			if err != nil {
				return nil, err
			}
			o.base = v
		}
	}
	return o, nil
}

// initInstance calls a Python __init__.
func initInstance(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	init := self.Type().Lookup("__init__")
	if fn, ok := init.(*py.Function); ok {
		r, err := fn.M__call__(append(py.Tuple{self}, args...), kwargs)
		if err != nil {
			return err
		}
		if r != py.None {
			return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
		}
		return nil
	}
	if inst, ok := self.(*Instance); ok && inst.base != nil {
		return nil
	}
	if len(args) > 0 || len(kwargs) > 0 {
		if _, ok := self.(*Instance); ok && lookupUser(self.Type(), "__new__") == nil {
			return py.ExceptionNewf(py.TypeError, "function takes 0 positional arguments but %d were given", len(args))
		}
	}
	return nil
}

// lookupUser finds name in the Python-defined classes of t's MRO only.
func lookupUser(t *py.Type, name string) py.Object {
	for _, b := range t.Mro {
		bt := b.(*py.Type)
		if !isUserClass(bt) {
			continue
		}
		if v, ok := bt.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// bind turns a class attribute into what instance.attr gives.
func bind(v py.Object, self py.Object, cls *py.Type) (py.Object, error) {
	switch d := v.(type) {
	case *py.Function:
		return py.NewBoundMethod(self, d), nil
	case *py.Method:
		if d.Flags&py.METH_STATIC != 0 {
			return d, nil
		}
		if d.Flags&py.METH_CLASS != 0 {
			return py.NewBoundMethod(cls, d), nil
		}
		return py.NewBoundMethod(self, d), nil
	case *Property:
		if d.fget == nil {
			return nil, py.ExceptionNewf(py.AttributeError, "unreadable attribute")
		}
		return py.Call(d.fget, py.Tuple{self}, nil)
	case *ClassMethod:
		return py.NewBoundMethod(cls, d.fn), nil
	case *StaticMethod:
		return d.fn, nil
	}
	return v, nil
}

// getattr is instance.name.
func (o *Instance) getattr(name string) (py.Object, error) {
	if name == "__class__" {
		return o.cls, nil
	}
	if name == "__dict__" {
		d := dictFromStringDict(o.dict)
		d.readonly = true
		return d, nil
	}
	cv := o.cls.Lookup(name)
	if p, ok := cv.(*Property); ok {
		return bind(p, o, o.cls)
	}
	if v, ok := o.dict[name]; ok {
		return v, nil
	}
	if cv != nil {
		if o.base != nil && !isUserClass(ownerOf(o.cls, name)) {
			return GetAttr(o.base, name)
		}
		return bind(cv, o, o.cls)
	}
	if ga := o.cls.Lookup("__getattr__"); ga != nil {
		return py.Call(ga, py.Tuple{o, py.String(name)}, nil)
	}
	return nil, attributeError(o, name)
}

// ownerOf returns the class in t's MRO whose dict holds name.
func ownerOf(t *py.Type, name string) *py.Type {
	for _, b := range t.Mro {
		bt := b.(*py.Type)
		if _, ok := bt.Dict[name]; ok {
			return bt
		}
	}
	return t
}

func attributeError(o py.Object, name string) error {
	if t, ok := o.(*py.Type); ok {
		return py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, name)
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(o), name)
}

// setattr is instance.name = value.
func (o *Instance) setattr(name string, value py.Object) error {
	if p, ok := o.cls.Lookup(name).(*Property); ok {
		if p.fset == nil {
			return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.cls.Name, name)
		}
		_, err := py.Call(p.fset, py.Tuple{o, value}, nil)
		return err
	}
	if sa, ok := lookupUser(o.cls, "__setattr__").(*py.Function); ok {
		_, err := sa.M__call__(py.Tuple{o, py.String(name), value}, nil)
		return err
	}
	o.dict[name] = value
	return nil
}

// callDunder calls a special method defined on the instance's class.
func (o *Instance) callDunder(name string, args ...py.Object) (py.Object, bool, error) {
	v := o.cls.Lookup(name)
	if v == nil {
		if o.base != nil {
			if m, err := GetAttr(o.base, name); err == nil {
				r, err := py.Call(m, args, nil)
				return r, true, err
			}
		}
		return nil, false, nil
	}
	if o.base != nil && !isUserClass(ownerOf(o.cls, name)) {
		m, err := GetAttr(o.base, name)
		if err != nil {
			return nil, false, nil
		}
		r, err := py.Call(m, args, nil)
		return r, true, err
	}
	m, err := bind(v, o, o.cls)
	if err != nil {
		return nil, true, err
	}
	r, err := py.Call(m, args, nil)
	return r, true, err
}

func (o *Instance) truth() (bool, error) {
	if b := o.builtinPart("__bool__"); b != nil && lookupUser(o.cls, "__len__") == nil {
		return Truth(b)
	}
	if r, ok, err := o.callDunder("__bool__"); ok {
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	if r, ok, err := o.callDunder("__len__"); ok {
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return true, nil
}

// M__call__ makes instances with __call__ callable.
func (o *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v := o.cls.Lookup("__call__")
	if v == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object isn't callable", o.cls.Name)
	}
	m, err := bind(v, o, o.cls)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, kwargs)
}

// The container protocols gpython's own code paths use.

// builtinPart returns the built-in value of an instance whose class does not define name itself.
func (o *Instance) builtinPart(name string) py.Object {
	if o.base != nil && lookupUser(o.cls, name) == nil {
		return o.base
	}
	return nil
}

// M__getitem__ is o[key].
func (o *Instance) M__getitem__(key py.Object) (py.Object, error) {
	if b := o.builtinPart("__getitem__"); b != nil {
		return GetItem(b, key)
	}
	return o.dunderOr("__getitem__", "object isn't subscriptable", key)
}

// M__setitem__ is o[key] = value.
func (o *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	if b := o.builtinPart("__setitem__"); b != nil {
		return py.None, SetItem(b, key, value)
	}
	return o.dunderOr("__setitem__", "object doesn't support item assignment", key, value)
}

// M__delitem__ is del o[key].
func (o *Instance) M__delitem__(key py.Object) (py.Object, error) {
	return o.dunderOr("__delitem__", "object doesn't support item deletion", key)
}

// M__len__ is len(o).
func (o *Instance) M__len__() (py.Object, error) {
	if b := o.builtinPart("__len__"); b != nil {
		return builtinLen(nil, b)
	}
	return o.dunderOr("__len__", "object has no len()")
}

// M__iter__ is iter(o).
func (o *Instance) M__iter__() (py.Object, error) {
	if b := o.builtinPart("__iter__"); b != nil {
		return Iter(b)
	}
	if r, ok, err := o.callDunder("__iter__"); ok {
		return r, err
	}
	if o.cls.Lookup("__getitem__") != nil {
		return &seqIter{obj: o}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object isn't iterable", o.cls.Name)
}

// M__next__ is next(o).
func (o *Instance) M__next__() (py.Object, error) {
	return o.dunderOr("__next__", "object isn't an iterator")
}

// M__str__ is str(o).
func (o *Instance) M__str__() (py.Object, error) {
	s, err := Str(o)
	return py.String(s), err
}

// M__repr__ is repr(o).
func (o *Instance) M__repr__() (py.Object, error) {
	s, err := Repr(o)
	return py.String(s), err
}

// M__enter__ and M__exit__ serve `with`.
func (o *Instance) M__enter__() (py.Object, error) {
	return o.dunderOr("__enter__", "object doesn't support the context manager protocol")
}

// M__exit__ ends a with block.
func (o *Instance) M__exit__(a, b, c py.Object) (py.Object, error) {
	return o.dunderOr("__exit__", "object doesn't support the context manager protocol", a, b, c)
}

func (o *Instance) dunderOr(name, msg string, args ...py.Object) (py.Object, error) {
	r, ok, err := o.callDunder(name, args...)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' %s", o.cls.Name, msg)
	}
	return r, err
}

// seqIter iterates an object through __getitem__ with 0, 1, 2... until IndexError.
type seqIter struct {
	obj py.Object
	i   int
}

var seqIterType = defType(py.NewType("iterator", ""))

func (s *seqIter) Type() *py.Type                { return seqIterType }
func (s *seqIter) M__iter__() (py.Object, error) { return s, nil }
func (s *seqIter) M__next__() (py.Object, error) {
	v, err := GetItem(s.obj, py.Int(s.i))
	if err != nil {
		if isException(err, py.IndexError) || isStopIteration(err) {
			return nil, py.StopIteration
		}
		return nil, err
	}
	s.i++
	return v, nil
}

// Property is the property descriptor.
type Property struct {
	fget, fset, fdel py.Object
}

// PropertyType is the type of property objects.
var PropertyType = defType(py.NewTypeX("property", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	p := &Property{}
	for i, a := range args {
		if a == py.None {
			continue
		}
		switch i {
		case 0:
			p.fget = a
		case 1:
			p.fset = a
		case 2:
			p.fdel = a
		}
	}
	return p, nil
}, nil))

// Type returns PropertyType.
func (p *Property) Type() *py.Type { return PropertyType }

// ClassMethod is the classmethod wrapper.
type ClassMethod struct{ fn py.Object }

// ClassMethodType is the type of classmethod objects.
var ClassMethodType = defType(py.NewTypeX("classmethod", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args))
	}
	return &ClassMethod{fn: args[0]}, nil
}, nil))

// Type returns ClassMethodType.
func (c *ClassMethod) Type() *py.Type { return ClassMethodType }

// StaticMethod is the staticmethod wrapper.
type StaticMethod struct{ fn py.Object }

// StaticMethodType is the type of staticmethod objects.
var StaticMethodType = defType(py.NewTypeX("staticmethod", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args))
	}
	return &StaticMethod{fn: args[0]}, nil
}, nil))

// Type returns StaticMethodType.
func (s *StaticMethod) Type() *py.Type { return StaticMethodType }

func installDescriptors() {
	for name, fn := range map[string]func(p *Property, f py.Object) *Property{
		"getter":  func(p *Property, f py.Object) *Property { return &Property{fget: f, fset: p.fset, fdel: p.fdel} },
		"setter":  func(p *Property, f py.Object) *Property { return &Property{fget: p.fget, fset: f, fdel: p.fdel} },
		"deleter": func(p *Property, f py.Object) *Property { return &Property{fget: p.fget, fset: p.fset, fdel: f} },
	} {
		fn := fn
		PropertyType.Dict[name] = py.MustNewMethod(name, func(self, f py.Object) (py.Object, error) {
			return fn(self.(*Property), f), nil
		}, 0, "")
	}
}

// Super is the object super() returns.
type Super struct {
	start *py.Type // look after this class
	self  py.Object
	cls   *py.Type // the MRO to search
}

// SuperType is the type of super objects.
var SuperType = defType(py.NewType("super", ""))

// Type returns SuperType.
func (s *Super) Type() *py.Type { return SuperType }

// superBuiltin is super(), super(C, self) and the zero-argument form, which finds the class
// whose body defined the running method by searching self's MRO for the method's code.
func superBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	switch len(args) {
	case 2:
		start, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be type")
		}
		obj := args[1]
		cls := obj.Type()
		if t, ok := obj.(*py.Type); ok && t.IsSubtype(start) {
			cls = t
		}
		return &Super{start: start, self: obj, cls: cls}, nil
	case 0:
		if m, ok := self.(*py.Module); ok {
			if it := interpOf(m.Context); it != nil {
				return zeroArgSuper(it.frame)
			}
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	return nil, py.ExceptionNewf(py.TypeError, "super() takes 0 or 2 arguments")
}

// zeroArgSuper resolves super() inside a method: the running frame's first argument is self
// and the class is the one in self's MRO whose dict holds a function with the frame's code.
func zeroArgSuper(f *py.Frame) (py.Object, error) {
	if f == nil || f.Code.Argcount == 0 || len(f.Localsplus) == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	self := f.Localsplus[0]
	if self == nil && len(f.Code.Cellvars) > 0 && f.Code.Cell2arg != nil {
		// self captured by a closure lives in its cell
		for i, a := range f.Code.Cell2arg {
			if a == 0 {
				if c, ok := f.CellAndFreeVars[i].(*py.Cell); ok {
					self = c.Get()
				}
			}
		}
	}
	if self == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	cls := self.Type()
	isClass := false
	if t, ok := self.(*py.Type); ok && isUserClass(t) {
		cls, isClass = t, true
	}
	for _, b := range cls.Mro {
		bt := b.(*py.Type)
		for _, v := range bt.Dict {
			if codeOf(v) == f.Code {
				if isClass {
					return &Super{start: bt, self: self, cls: cls}, nil
				}
				return &Super{start: bt, self: self, cls: cls}, nil
			}
		}
	}
	return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
}

func codeOf(v py.Object) *py.Code {
	switch d := v.(type) {
	case *py.Function:
		return d.Code
	case *ClassMethod:
		return codeOf(d.fn)
	case *StaticMethod:
		return codeOf(d.fn)
	case *Property:
		for _, g := range []py.Object{d.fget, d.fset, d.fdel} {
			if g != nil {
				if c := codeOf(g); c != nil {
					return c
				}
			}
		}
	}
	return nil
}

func (s *Super) getattr(name string) (py.Object, error) {
	v, owner := lookupInBases(s.start, name)
	if name == "__new__" && (owner == nil || owner == py.ObjectType) {
		return objectNew, nil
	}

	if v == nil {
		if name == "__init__" {
			return py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return py.None, superInitBuiltin(s, args, kw)
			}, 0, ""), nil
		}
		return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
	}
	if owner != nil && !isUserClass(owner) {
		// a built-in base's method
		if name == "__init__" {
			return py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return py.None, superInitBuiltin(s, args, kw)
			}, 0, ""), nil
		}
		if inst, ok := s.self.(*Instance); ok && inst.base != nil {
			return GetAttr(inst.base, name)
		}
		if m, ok := v.(*py.Method); ok {
			return py.NewBoundMethod(s.self, m), nil
		}
	}
	if t, ok := s.self.(*py.Type); ok {
		if cm, ok := v.(*ClassMethod); ok {
			return py.NewBoundMethod(t, cm.fn), nil
		}
		return v, nil
	}
	return bind(v, s.self, s.cls)
}

// lookupInBases is super()'s search: the bases of the class that defined the running method,
// each in its own lookup order (MicroPython searches type->parent, not self's MRO).
func lookupInBases(start *py.Type, name string) (py.Object, *py.Type) {
	for _, b := range start.Bases {
		for _, c := range b.(*py.Type).Mro {
			ct := c.(*py.Type)
			if v, ok := ct.Dict[name]; ok {
				return v, ct
			}
		}
	}
	return nil, nil
}

// superInitBuiltin is super().__init__(...) reaching a built-in base: for exceptions it sets
// args; for container bases it initialises the built-in part.
func superInitBuiltin(s *Super, args py.Tuple, kw py.StringDict) error {
	switch self := s.self.(type) {
	case *py.Exception:
		self.Args = py.Tuple(append([]py.Object(nil), args...))
		return nil
	case *Instance:
		if self.base != nil && len(args)+len(kw) > 0 {
			bb := builtinBase(self.cls)
			v, err := py.Call(bb, args, kw)
			if err != nil {
				return err
			}
			self.base = v
		}
	}
	return nil
}

// classGetAttr is Class.name.
func classGetAttr(t *py.Type, name string) (py.Object, error) {
	switch name {
	case "__name__":
		return py.String(t.Name), nil
	case "__class__":
		return py.TypeType, nil
	case "__bases__":
		if t == py.ObjectType {
			return py.Tuple{}, nil
		}
		return t.Bases, nil
	case "__dict__":
		return dictFromStringDict(t.Dict), nil
	case "__mro__":
		return t.Mro, nil
	case "__qualname__":
		return py.String(t.Name), nil
	}
	if name == "__new__" && lookupUser(t, "__new__") == nil {
		return objectNew, nil
	}
	v := t.Lookup(name)
	if v == nil {
		// metaclass attributes (type's own methods)
		if mv, ok := py.TypeType.Dict[name]; ok && name != "__init__" && name != "__new__" {
			return py.NewBoundMethod(t, mv), nil
		}
		if strings.HasPrefix(name, "__") {
			if r, err := py.GetAttrString(t, name); err == nil {
				return r, nil
			}
		}
		return nil, attributeError(t, name)
	}
	switch d := v.(type) {
	case *ClassMethod:
		return py.NewBoundMethod(t, d.fn), nil
	case *StaticMethod:
		return d.fn, nil
	case *py.Method:
		if d.Flags&py.METH_CLASS != 0 {
			return py.NewBoundMethod(t, d), nil
		}
		if d.Flags&py.METH_STATIC != 0 {
			return d, nil
		}
		return &unboundMethod{m: d}, nil
	}
	return v, nil
}

// unboundMethod is a built-in method taken from its class (str.join, dict.get): calling it
// takes self as the first argument.
type unboundMethod struct{ m *py.Method }

var unboundMethodType = defType(py.NewType("function", ""))

func (u *unboundMethod) Type() *py.Type { return unboundMethodType }

// M__call__ calls the method with args[0] as self.
func (u *unboundMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at least 1 argument")
	}
	if kwargs != nil {
		return u.m.CallWithKeywords(args[0], args[1:], kwargs)
	}
	return u.m.Call(args[0], args[1:])
}

// objectNew is object.__new__(cls): a bare instance of cls.
var objectNew = py.MustNewMethod("__new__", func(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing 1 required positional arguments")
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__new__ argument must be a type")
	}
	if t.IsSubtype(py.BaseException) {
		return newExceptionInstance(t, args[1:], nil)
	}
	return &Instance{cls: t, dict: py.NewStringDict()}, nil
}, 0, "")

// NewRuntimeType makes a type while device code runs (namedtuple and the like). Unlike
// gpython's py.NewType it registers nothing process-wide, so devices on other goroutines may
// make types at the same time, and a type nobody uses any more is garbage.
func NewRuntimeType(name string, base *py.Type, newFn py.NewFunc) (*py.Type, error) {
	if base == nil {
		base = py.ObjectType
	}
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Base:       base,
		Bases:      py.Tuple{base},
		Dict:       py.NewStringDict(),
		New:        newFn,
		Flags:      py.TPFLAGS_BASETYPE,
	}
	if err := t.Ready(); err != nil {
		return nil, err
	}
	return t, nil
}
