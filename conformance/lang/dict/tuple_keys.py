grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(list(grid))
print(grid[(1, 2)], (2, 2) in grid, (3, 0) in grid)
ranges = {(0, 511): "hdr", (512, 1023): "blk1", (1024, 1535): "blk2"}
print(list(ranges), [v for (lo, hi), v in ranges.items() if lo <= 600 <= hi])
print(hash((1, 2)), hash(("a", 1)), hash(()))
