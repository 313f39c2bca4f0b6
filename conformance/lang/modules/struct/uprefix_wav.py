# Parse a WAV-style chunk header via ustruct.
import ustruct
riff = b"RIFF" + ustruct.pack("<I", 36) + b"WAVEfmt " + ustruct.pack("<IHHIIHH", 16, 1, 2, 44100, 176400, 4, 16)
tag, size, fmt = ustruct.unpack_from("<4sI4s", riff)
print(tag, size, fmt)
fields = ustruct.unpack_from("<4sIHHIIHH", riff, 12)
print(fields)
print(ustruct.calcsize("<4sIHHIIHH"))
