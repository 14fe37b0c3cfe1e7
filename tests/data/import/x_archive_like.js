window.YTD.like.part0 = [
  {
    "like": {
      "tweetId": "1",
      "fullText": "un tweet aim\u00e9"
    }
  }
]