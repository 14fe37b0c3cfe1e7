window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1246000000000000001",
      "id": "1246000000000000001",
      "full_text": "Je vote URD \u00e0 Tombouctou le 29 mars",
      "created_at": "Sun Mar 29 08:00:00 +0000 2020",
      "favorite_count": "12",
      "retweet_count": "3",
      "lang": "fr",
      "truncated": false
    }
  },
  {
    "tweet": {
      "id_str": "1246000000000000002",
      "full_text": "RT @urd_mali: Mobilisation \u00e0 Mopti",
      "created_at": "Sun Mar 29 09:00:00 +0000 2020",
      "favorite_count": "0",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "id_str": "1246000000000000003",
      "full_text": "R\u00e9ponse",
      "in_reply_to_status_id_str": "1246000000000000001",
      "created_at": "pas une date",
      "favorite_count": "0"
    }
  }
];
