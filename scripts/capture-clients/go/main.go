// A plain net/http client that exits with log.Fatalf on an error status, as small Go tools often do.
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
)

func main() {
	method, url, body := os.Args[1], os.Args[2], os.Args[3]
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	for i := 4; i+1 < len(os.Args); i += 2 {
		req.Header.Set(os.Args[i], os.Args[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 400 {
		log.Fatalf("%s %s: unexpected status %s: %s", method, url, resp.Status, strings.TrimSpace(string(b)))
	}
	fmt.Println(string(b))
}
