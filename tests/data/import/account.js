window.YTD.account.part0 = [
  {
    "account": {
      "username": "awa_tombouctou",
      "accountId": "77",
      "accountDisplayName": "Awa T."
    }
  }
]