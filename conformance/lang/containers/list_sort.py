recs = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
print(sorted(recs))
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.sort(key=lambda r: r[0])
print([r[0] for r in recs])
nums = [5, -2, 9, 0, 3]
nums.sort(reverse=True)
print(nums)
print(sorted(nums, key=abs))
print(sorted([]), sorted("cab"), sorted((3, 1, 2)))
