def tag(name):
    def deco(fn):
        def w(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("ping")
def ping():
    return "pong"
@register("echo")
def echo(x="?"):
    return x
print(sorted(registry), registry["ping"](), registry["echo"]("e"))
