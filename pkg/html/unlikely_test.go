package html

import "testing"

func TestUnlikelyComment(t *testing.T) {
	for cid, want := range map[string]bool{"commentary__body": false, "comments-area": true, "comment": true, "fb-comments": true, "comment-list": true, "post-comment": true, "article-content": false} {
		if got := unlikely(cid); got != want {
			t.Errorf("%s: %v", cid, got)
		}
	}
}
