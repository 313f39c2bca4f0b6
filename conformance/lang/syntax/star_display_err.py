files = ["boot.py", "main.py"]
extra = ["lib/ota.py"]
print("never printed: the file does not compile")
all_files = [*files, *extra]
