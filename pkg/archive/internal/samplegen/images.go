package main

import (
	"bytes"
	"hash/fnv"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"strings"
)

// picture draws a small landscape for a figure: sky, a sun and three ridges
// of mountains, in colours that depend on the file name. PNGs are drawn in
// flat colours so that they stay small.
func picture(name string) []byte {
	h := fnv.New64a()
	h.Write([]byte(name))
	seed := h.Sum64()
	r := func(n int) float64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return float64(seed >> 33 % uint64(n))
	}
	const w, ht = 400, 260
	flat := strings.HasSuffix(name, ".png")
	img := image.NewRGBA(image.Rect(0, 0, w, ht))
	skyTop := color.RGBA{uint8(90 + r(60)), uint8(140 + r(60)), uint8(200 + r(55)), 255}
	skyLow := color.RGBA{uint8(200 + r(55)), uint8(190 + r(50)), uint8(160 + r(60)), 255}
	sunX, sunY, sunR := 60+r(w-120), 40+r(60), 18+r(14)
	type ridge struct {
		base, amp, freq, phase float64
		col                    color.RGBA
	}
	var ridges []ridge
	for i := range 3 {
		g := uint8(60 + 40*i + int(r(30)))
		ridges = append(ridges, ridge{base: float64(ht) * (0.45 + 0.15*float64(i)), amp: 25 + r(30), freq: 0.01 + r(20)/1000, phase: r(100),
			col: color.RGBA{g / 2, g, uint8(int(g) * 2 / 3), 255}})
	}
	for y := range ht {
		t := float64(y) / ht
		if flat {
			t = math.Round(t*4) / 4
		}
		sky := color.RGBA{mix(skyTop.R, skyLow.R, t), mix(skyTop.G, skyLow.G, t), mix(skyTop.B, skyLow.B, t), 255}
		for x := range w {
			c := sky
			if dx, dy := float64(x)-sunX, float64(y)-sunY; dx*dx+dy*dy < sunR*sunR {
				c = color.RGBA{255, 236, 170, 255}
			}
			for _, rg := range ridges {
				top := rg.base - rg.amp*math.Abs(math.Sin(float64(x)*rg.freq+rg.phase)) - rg.amp/3*math.Sin(float64(x)*rg.freq*3.1)
				if float64(y) > top {
					c = rg.col
					if !flat {
						d := uint8(math.Min(40, (float64(y)-top)/4))
						c = color.RGBA{sat(c.R, d), sat(c.G, d), sat(c.B, d), 255}
					}
				}
			}
			img.SetRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if flat {
		png.Encode(&b, img)
	} else {
		jpeg.Encode(&b, img, &jpeg.Options{Quality: 75})
	}
	return b.Bytes()
}

func mix(a, b uint8, t float64) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t) }

func sat(c, d uint8) uint8 {
	if c < d {
		return 0
	}
	return c - d
}
