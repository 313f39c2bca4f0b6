config = {"ssid": "home", "password": "secret"}
print(config["ssid"])
print(config["server"])
