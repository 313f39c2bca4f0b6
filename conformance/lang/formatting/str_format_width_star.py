vals = [1, 22, 333, 4444]
w = max(len(str(v)) for v in vals)
for v in vals:
    print("|%*d|" % (w, v), "|{:>{}}|".format(v, w), f"|{v:>{w}}|")
