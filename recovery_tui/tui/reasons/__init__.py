"""The Why screen: the person's reasons (key w), and the form that adds or edits one."""
