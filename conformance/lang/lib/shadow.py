WHERE = "/lib/shadow.py"
