manifest retry status class socket timeout json
path socket file
        manifest retry
        update return json manifest value update flash
        firmware socket download socket retry
    import chunk file hash manifest self version
    version status file def hash retry
    status download
    file sha256 chunk status json header self
    path version hash header
    file json chunk
        version def socket sha256 download
sha256 flash json sha256 def
    value chunk socket download socket timeout
        socket manifest request
return write timeout return version
flash version
    write download firmware request json path file socket download
        path def manifest
        return file chunk return update socket
        class chunk timeout socket hash chunk
version firmware retry
        version status download header import file class
        header sha256 download write path import flash self response
    download manifest return value self def value file
    self request hash path def json value
        socket write header timeout json request write
        flash download file
        file version retry retry retry download header request import
    path socket sha256 hash flash hash chunk chunk def
        sha256 header manifest socket file firmware status
        flash class path path status flash file hash
download value version
    return flash write version file firmware chunk socket version
self def return retry return
    self timeout class firmware
    hash class hash file class flash flash write file
    sha256 flash retry return def import
    timeout firmware status status
        self write return flash version
    status version firmware
    import hash retry
socket file write firmware download download flash header json
        flash return manifest write firmware self
value header version
    header path flash flash
value status write version version
update class retry header chunk version
manifest firmware import manifest
hash retry return json file
socket manifest response
        json flash manifest header manifest return json
    download value socket flash return self sha256 response
json status
        socket self download sha256 return return
        value download timeout hash path update sha256 status
        value flash
response sha256
sha256 status retry manifest chunk def hash sha256
class def socket class write
download hash sha256 hash write header
firmware version file path
        class header value self download
        version timeout json class file retry file
update file json version firmware
json retry response json def response chunk
self json write sha256
    hash manifest path update json
    flash version manifest request sha256 return
        json status sha256 timeout socket firmware status
        timeout path return write
response chunk return socket firmware
        firmware def socket update write sha256 self chunk file
flash file header chunk class hash status
header status request flash download
hash update retry json
        json hash flash hash
        write class status status flash
file def
        path download
write update self chunk version version hash value flash
    chunk socket path header def
    import class manifest response response
value download return version request request self value hash
self return download socket hash flash download
    request json self chunk def sha256 path
        file file status
    file update value retry timeout
        write flash
update return write
    def download class import download timeout download flash download
    write timeout write file update flash
    write status write
        response class firmware manifest self firmware download hash
        response download class value chunk request path update
    version status write version import hash manifest
    request firmware firmware socket firmware write manifest header request
request download request firmware def json manifest version
    path return import
        firmware import flash path value
manifest def request status socket manifest retry
firmware value import chunk request file flash
file response header manifest version response request firmware socket
        write update chunk
    return json value header flash request value
    socket hash status request chunk hash import
    header flash self status chunk class
self class request
download value write timeout write firmware chunk write
        download chunk timeout flash return download retry request
    return chunk version path retry
def timeout timeout firmware json status
    manifest timeout download value self manifest sha256 status socket
        class version
    header path manifest
        flash json
        chunk json timeout sha256
    manifest firmware
        version manifest def self sha256 value import retry chunk
chunk update path chunk hash firmware sha256 import response
        manifest flash
chunk return status update flash hash class version header
        response retry import download value request self download response
retry value import request write json
        write path
        manifest hash status version retry request self path request
        response hash self self value socket
    socket version
return retry write chunk class version firmware
    path return json write self
path firmware timeout timeout json hash download file
value return def version file import class update
    manifest flash file write
    class class sha256 class value
        socket status write sha256 write manifest file path flash
        class response return
class self firmware
timeout status
chunk sha256
    flash return self update flash header chunk value path
        socket json value class response version sha256 update firmware
import file path import version header header manifest
write download json def class
return value socket class
        download chunk import self def socket hash hash
        response self path self hash
request status json class return version chunk sha256 write
    self chunk sha256
        version retry return firmware
        import version response
        request header value class firmware value json hash
        socket self flash import download
        firmware retry self path hash
class value
        status timeout value manifest manifest value
update import json update hash flash
        self import def json path update response json hash
    import timeout response hash firmware class timeout hash
    import socket import header
chunk file flash
        path socket hash version
response hash chunk
    import chunk import return
json status import
    manifest sha256 sha256 path socket response
    timeout hash flash
version def timeout path update
        update socket retry manifest timeout return
        retry def flash
version flash path
    class manifest def header
    file def sha256
        hash status class return retry
hash self class class update socket manifest download
        self def firmware manifest class header
    manifest import sha256 self manifest retry flash write
update update download hash download self request
        class import
path write
    class flash def header response
sha256 response firmware
    def import write
import header write value self manifest status hash retry
        retry header class version sha256 self
        socket return json firmware return
def response
        chunk version status version
file chunk timeout
    download class download download header
value version timeout status json
    response chunk request request response flash retry
        socket import write retry version chunk manifest
import status class flash
    response hash flash hash
    timeout class
class firmware manifest sha256 version
        hash self timeout write hash
write write firmware retry version version json def sha256
status firmware file import hash retry
    response status return class firmware status
    flash hash
self path socket def
        chunk socket status timeout class update download
sha256 manifest chunk self request chunk
        status request response write self import firmware
import chunk json socket header import chunk
    hash def hash response self chunk hash return
        class update update socket socket chunk retry request timeout
        sha256 firmware file download manifest path self firmware
    file hash path status firmware manifest self flash
    download class header request firmware header version
        response class value firmware flash self status response
        request return update import flash path hash socket
    class version value
    path file version
    hash socket value json header json status
        header file hash firmware
        retry file timeout firmware response value self
    import class timeout hash import
        write retry def
        write flash sha256 self
value return version version status chunk import update
    response json response request header
        response retry download hash version header socket
    class sha256 hash version
        header file chunk version socket self self
import chunk request json value hash file retry
    manifest status retry response hash header def write
sha256 update status manifest retry
json path download update download status status write
        class chunk
    write update socket
    manifest file sha256 self download response file import
        self def chunk
        return timeout flash return header import
hash response
retry def class write hash header
status self timeout update def socket
        manifest return def path
class hash flash header manifest manifest
    def flash return retry download version download write
        import file version sha256 update
        version hash update
hash manifest manifest return
        return json import flash
        def sha256 hash version hash path
        json def manifest value
        version chunk
        timeout socket def return status import self hash import
        flash path timeout write socket request retry
        file download header version class value
    import path header response chunk path version return socket
    timeout chunk retry status response def update
version file timeout timeout return timeout flash retry hash
def status
    chunk hash timeout path json download
    request response download return retry sha256
    json version file import firmware
file hash firmware path import value timeout download update
    download socket timeout path download def version class response
        json version file
    request value version
header write version update json file response
        firmware value
    chunk timeout
        version json import timeout class
flash return retry self
    version json update request
socket socket file chunk flash class update socket
    self status flash class sha256 flash
    version def path return timeout response hash
update timeout header value retry self update retry import
return flash class header timeout
flash version socket flash import retry chunk
        path firmware import version retry socket response path
    timeout firmware
    firmware def manifest def
    return file write request response update
    path status manifest chunk
value return json
request header flash retry value chunk value flash class
flash flash response
        version chunk header sha256 import value
        timeout value sha256 status
    file return
    download value return file version
json hash version file response response chunk
socket request
json status socket value
response version hash chunk
    hash version
manifest self hash update import header
import response
    self retry version
response return header manifest
    json download hash firmware socket firmware response
        firmware socket status status
flash flash manifest json file
    return value
self value file manifest
        write json
        def version chunk header socket
    update retry class header
retry def header path hash hash request
    retry class header path manifest sha256 version update firmware
        timeout retry json def file
    chunk manifest json
    response firmware value
chunk sha256 socket update download version download class manifest
        json return flash path version class json version
download class chunk sha256 version self
    response flash firmware
    import json download header import
    retry import import header json hash class
        def value return update firmware import return import
    version timeout manifest header hash status retry
        import path return chunk manifest write firmware update def
        timeout version firmware value retry response file manifest
    download hash socket update flash def
    def download
import firmware
        manifest import self
socket sha256 class return
        file update socket self download socket status update firmware
        path write socket download status manifest path header
json download status status return update manifest value def
    request json retry version import request download sha256 hash
    file sha256 version flash
    socket flash write download header update version version
        def value status
sha256 header request status return
        update json sha256 manifest manifest chunk version version
value retry manifest status update
        update class
    import header flash update sha256 flash
        def flash import def
download value flash def firmware
download header json return status header
        chunk timeout manifest return hash sha256 json header
json status firmware hash manifest retry value chunk
    file path
    import request hash json
    flash status import header self socket flash request status
    json self self import class value self header
        json path path file retry sha256 return
path update self hash
        request path timeout update request header
    retry import manifest chunk request sha256
file firmware value version header update chunk
path response json
    json download socket request socket path version value version
        hash header file
        status path return
        response download
request flash import return write self timeout response request
    sha256 download version timeout
sha256 version sha256 sha256 socket
    def header header write
write version hash timeout self
    self timeout
hash path firmware path
    hash firmware version
        file chunk version request
    json value status path retry manifest
update update path firmware chunk chunk value socket def
timeout value status class
timeout timeout flash path
manifest flash file sha256 class response manifest
def header firmware
    file sha256 retry flash update retry response self status
    def json class
        request write import
    request chunk file response firmware sha256
        manifest def
        return file write self sha256 self version def
    update status def update flash manifest status path
    firmware path return def sha256 retry file
manifest return flash class update
chunk header self manifest timeout
flash timeout download header
class path request status status
    download json update firmware write sha256 sha256 flash path
        def self path hash socket socket self version status
self header version file firmware
    socket write
        manifest json self manifest import
    chunk file value write file request
sha256 manifest class sha256 update write firmware
    def request def self manifest class
        socket manifest class response socket flash
    return firmware retry
    return hash header def socket hash
flash socket return
    status write chunk
    return version
    value hash sha256 self request request
    import chunk path firmware status write
retry header chunk manifest path
        path hash response socket
    socket timeout retry sha256
        json flash request class header value
    manifest update status self version hash socket
sha256 flash download class version status timeout
    value header request flash write response
    sha256 return retry
        response version flash value flash write file sha256 request
        self self status chunk timeout
    request response path
def file manifest flash json json value
update request response firmware response sha256 sha256 update manifest
self response json
    request timeout class value header self self
        flash request write retry write download hash download sha256
        manifest write response value value request header
    response write self return file write file socket
    return self
    self retry
        json status status firmware hash
flash download path write manifest sha256 response download hash
        class return
        firmware retry flash download timeout status timeout
        status status import
        socket return response
timeout retry firmware return socket hash update import header
class sha256 write import flash
        sha256 socket status response download import class class
    value status firmware update manifest hash hash return
header value class firmware def self update self hash
    file write
    flash version
path response flash value file self path json hash
    firmware retry flash firmware
self return timeout
    return firmware
    manifest sha256
    sha256 chunk file file sha256 version status flash
flash write file def sha256 write download status
    path class class
timeout retry write chunk header request
chunk socket timeout import sha256 import flash
    response write
    value import download json self manifest firmware status chunk
        write version hash firmware flash class request path
    value path self class manifest flash value file return
    chunk response def firmware retry header timeout request flash
socket download firmware write chunk flash
response file socket header hash firmware def version value
    self class r