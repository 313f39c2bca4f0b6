release = {
    "tag_name": "v1.5.0",
    "name": "Release 1.5.0",
    "prerelease": False,
    "assets": [
        {"name": "app-1.5.0.tar", "size": 30720, "browser_download_url": "https://github.com/o/r/releases/download/v1.5.0/app-1.5.0.tar"},
        {"name": "app-1.5.0.tar.sha256", "size": 64, "browser_download_url": "https://github.com/o/r/releases/download/v1.5.0/app-1.5.0.tar.sha256"},
        {"name": "notes.txt", "size": 5, "browser_download_url": "https://x/notes.txt"},
    ],
}
def pick(rel, suffix):
    for a in rel["assets"]:
        if a["name"].endswith(suffix):
            return a
    return None
tar = pick(release, ".tar")
sha = pick(release, ".sha256")
print(release["tag_name"].lstrip("v"), tar["name"], tar["size"])
print(sha["browser_download_url"].split("/")[-2:])
print(pick(release, ".bin"))
print([a["name"] for a in release["assets"] if not a["name"].startswith("app")])
print(tuple(int(x) for x in release["tag_name"][1:].split(".")) > (1, 4, 9))
