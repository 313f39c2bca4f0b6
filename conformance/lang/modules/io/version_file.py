# Read and rewrite a version file held in memory, as an updater does before flashing.
import io

current = io.StringIO("version=1.2.3\nchannel=stable\n")
fields = {}
for line in current:
    k, _, v = line.rstrip("\n").partition("=")
    fields[k] = v
print(fields["version"], fields["channel"])
major, minor, patch = [int(x) for x in fields["version"].split(".")]
fields["version"] = "%d.%d.%d" % (major, minor, patch + 1)
out = io.StringIO()
for k in ("version", "channel"):
    out.write("%s=%s\n" % (k, fields[k]))
print(repr(out.getvalue()))
print(out.getvalue() == "version=1.2.4\nchannel=stable\n")
