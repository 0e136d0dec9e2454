#!/usr/bin/env python3
"""Rebuilds the two restore shims from src/. A .nupkg is a zip holding the nuspec and its files,
so no nuget.exe is needed. The built packages are committed: a plain restore must need no extra step."""
import os
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
CONTENT_TYPES = ('<?xml version="1.0" encoding="utf-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="nuspec" ContentType="application/octet"/>'
                 '<Default Extension="_" ContentType="application/octet"/></Types>')
SHIMS = [("Patched.DistributedLock.Postgres", "1.3.3", []),
         ("IdentityModel", "6.2.0", ["lib/net10.0/_._"])]

for package_id, version, files in SHIMS:
    source = os.path.join(ROOT, "src", package_id)
    target = os.path.join(ROOT, f"{package_id.lower()}.{version}.nupkg")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.write(os.path.join(source, package_id + ".nuspec"), package_id + ".nuspec")
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name in files:
            package.write(os.path.join(source, name), name)
    print(target)
