package netsim

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStaticServer(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "v2", "lib"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "version.json"), []byte(`{"version":"2.0"}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "v2", "main.py"), []byte("print('v2')\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "v2", "lib", "a.bin"), []byte("0123456789"), 0o644))
	h, err := StaticServer(dir, StaticOptions{Redirects: []Redirect{
		{From: "/latest/*", To: "/v2/*"},
		{From: "/old.json", To: "https://files.example/version.json", Code: 301},
	}})
	require.NoError(t, err)
	// The snapshot is taken at setup: later host changes are invisible.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "version.json"), []byte("changed"), 0o644))

	_, n := world(t, 1)
	_, err = n.AddHost("files.example", HostHandlers{HTTP: h, HTTPS: h})
	require.NoError(t, err)

	cases := []struct {
		name   string
		url    string
		opts   getOpts
		status int
		body   string
		header map[string]string
	}{
		{"file", "https://files.example/version.json", getOpts{verify: true}, 200, `{"version":"2.0"}`,
			map[string]string{"Content-Length": "17", "Content-Type": "application/json", "Accept-Ranges": "bytes"}},
		{"HEAD", "http://files.example/v2/main.py", getOpts{method: "HEAD"}, 200, "", map[string]string{"Content-Length": "12"}},
		{"range", "http://files.example/v2/lib/a.bin", getOpts{header: map[string]string{"Range": "bytes=3-5"}}, 206, "345",
			map[string]string{"Content-Range": "bytes 3-5/10", "Content-Length": "3"}},
		{"open range", "http://files.example/v2/lib/a.bin", getOpts{header: map[string]string{"Range": "bytes=7-"}}, 206, "789", nil},
		{"bad range", "http://files.example/v2/lib/a.bin", getOpts{header: map[string]string{"Range": "bytes=20-"}}, 416, "", nil},
		{"missing", "http://files.example/nope.py", getOpts{}, 404, "404 Not Found\n", nil},
		{"dir redirect", "http://files.example/v2", getOpts{}, 301, "", map[string]string{"Location": "/v2/"}},
		{"prefix redirect", "http://files.example/latest/main.py", getOpts{}, 302, "", map[string]string{"Location": "/v2/main.py"}},
		{"exact redirect", "http://files.example/old.json", getOpts{}, 301, "", map[string]string{"Location": "https://files.example/version.json"}},
		{"post", "http://files.example/version.json", getOpts{method: "POST"}, 405, "405 method not allowed\n", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := mustGet(t, n, tc.url, tc.opts)
			assert.Equal(t, tc.status, r.resp.StatusCode)
			if tc.body != "" || tc.status == 200 {
				assert.Equal(t, tc.body, string(r.body))
			}
			for k, v := range tc.header {
				assert.Equal(t, v, r.resp.Header.Get(k), k)
			}
		})
	}
	r := mustGet(t, n, "http://files.example/v2/", getOpts{})
	assert.Equal(t, 200, r.resp.StatusCode)
	assert.Contains(t, string(r.body), `<a href="lib/">lib/</a>`)
	assert.Contains(t, string(r.body), `<a href="main.py">main.py</a>`)
	assert.Contains(t, string(r.body), "12\r\n")

	_, err = StaticServer(filepath.Join(dir, "version.json"), StaticOptions{})
	assert.Error(t, err)
	_, err = StaticServer(filepath.Join(dir, "missing"), StaticOptions{})
	assert.Error(t, err)
	_, err = StaticServer(dir, StaticOptions{Redirects: []Redirect{{From: "x", To: "/"}}})
	assert.Error(t, err)
}
